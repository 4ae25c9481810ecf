package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.relay.directory.Department;
import org.relay.directory.DirectoryService;
import org.relay.shared.Actor;

/** Departments and their members, as the directory (Keycloak) lists them. */
@Path("/departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

  @Inject Actor actor;
  @Inject DirectoryService directory;

  @GET
  public List<Department> departments() {
    return directory.departments(actor);
  }
}
