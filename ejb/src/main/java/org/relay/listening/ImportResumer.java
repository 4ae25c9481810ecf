package org.relay.listening;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** At start, runs again the file imports a restart interrupted: an acknowledged upload is done. */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class ImportResumer {

  @EJB ImportService imports;

  @PostConstruct
  void resume() {
    imports.resumeUnfinished();
  }
}
