package org.relay.listening;

/** Counts of a running import, and the report of refused rows so far. */
record ImportProgress(
    long readBytes, long rows, long stored, long duplicates, long failed, String report) {}
