package org.relay.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.relay.shared.InvalidInputException;
import org.relay.shared.RelayException;

/** Feedback for the growl: what happened, or why it was refused. */
public final class Messages {

  private Messages() {}

  public static void info(String summary, String detail) {
    add(FacesMessage.SEVERITY_INFO, summary, detail);
  }

  /** A refusal with every field error spelled out. */
  public static void refused(RelayException e) {
    StringBuilder detail = new StringBuilder(e.getMessage());
    if (e instanceof InvalidInputException invalid) {
      invalid
          .errors()
          .forEach(
              f ->
                  detail
                      .append(' ')
                      .append(f.field())
                      .append(": ")
                      .append(f.message())
                      .append('.'));
    }
    add(FacesMessage.SEVERITY_WARN, e.title(), detail.toString());
  }

  private static void add(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
  }
}
