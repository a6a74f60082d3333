// copydesk: small conveniences. Every page works without this file.
"use strict";

// "/" moves the focus to the search box, as in many readers.
document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.target.closest("input, textarea, select, [contenteditable]")) return;
  const q = document.querySelector("input[type=search]");
  if (!q) return;
  e.preventDefault();
  q.focus();
  q.select();
});

// A button to open or close every collapsed run of identical sentences.
document.addEventListener("DOMContentLoaded", () => {
  const runs = document.querySelectorAll("details.same");
  if (runs.length < 2) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "toggle";
  const label = () => (button.textContent = [...runs].every((d) => d.open) ? "Collapse identical sentences" : "Show identical sentences");
  button.addEventListener("click", () => {
    const open = ![...runs].every((d) => d.open);
    runs.forEach((d) => (d.open = open));
    label();
  });
  runs.forEach((d) => d.addEventListener("toggle", label));
  label();
  runs[0].before(button);
});
