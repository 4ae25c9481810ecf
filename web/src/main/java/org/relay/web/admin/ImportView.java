package org.relay.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.relay.listening.ChannelService;
import org.relay.listening.ImportJobView;
import org.relay.listening.ImportService;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;

/** Backs {@code admin/import.xhtml}: upload a CSV or JSON Lines file and follow its import. */
@Named
@ViewScoped
public class ImportView implements Serializable {

  @Inject Actor actor;
  @Inject ImportService imports;
  @Inject ChannelService channels;

  private String channel = "file-import";
  private List<String> channelCodes = List.of();
  private Long current;
  private List<ImportJobView> recent = List.of();

  @PostConstruct
  public void init() {
    channelCodes = channels.codes();
    recent = imports.recent(actor);
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      ImportJobView job = imports.start(actor, channel, file.getFileName(), in, file.getSize());
      current = job.id();
      Messages.info("Import started", job.fileName() + " is being read.");
    } catch (RelayException e) {
      Messages.refused(e);
    } catch (IOException e) {
      Messages.info("Upload failed", "The file could not be read: " + e.getMessage());
    }
    recent = imports.recent(actor);
  }

  /** The import being followed, fresh from the database (the progress bar polls it). */
  public ImportJobView getJob() {
    return current == null ? null : imports.job(actor, current);
  }

  public int getPercent() {
    ImportJobView job = getJob();
    return job == null ? 0 : job.percent();
  }

  public void refresh() {
    recent = imports.recent(actor);
  }

  public List<ImportJobView> getRecent() {
    return recent;
  }

  public List<String> getChannelCodes() {
    return channelCodes;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }
}
