package org.relay.directory;

import java.util.List;

/** A department: a Keycloak group {@code /departments/<name>} and the people in it. */
public record Department(String name, String path, List<Person> members) {}
