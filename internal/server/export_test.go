package server

// MeaningFlags is meaningFlags, for the tests.
var MeaningFlags = meaningFlags
