package org.relay.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import org.relay.listening.BatchItemOutcome;
import org.relay.listening.IngestionService;
import org.relay.listening.MentionSummary;
import org.relay.listening.NewMention;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInputException;
import org.relay.shared.RelayException;

/**
 * A batch of up to {@value #MAX_ITEMS} mentions. Each item is stored (with its process) or refused
 * on its own: an invalid item gets its problem details and is not stored; the valid ones are.
 */
public final class MentionBatch {

  static final int MAX_ITEMS = 1000;

  private MentionBatch() {}

  static BatchResult deliver(
      Jsonb jsonb, IngestionService ingestion, Actor actor, JsonArray items) {
    if (items.size() > MAX_ITEMS) {
      throw new InvalidInputException(
          "A batch holds at most " + MAX_ITEMS + " mentions; this one has " + items.size() + ".",
          List.of(new InvalidInputException.FieldError("body", "at most " + MAX_ITEMS + " items")));
    }
    if (items.isEmpty()) {
      throw new InvalidInputException(
          "The batch is empty.",
          List.of(new InvalidInputException.FieldError("body", "give at least one mention")));
    }
    ingestion.requireDeliverer(actor);
    // Items that are not even mentions are refused here; the rest go in together.
    ItemResult[] results = new ItemResult[items.size()];
    List<Integer> readable = new ArrayList<>(items.size());
    List<NewMention> candidates = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      try {
        candidates.add(read(jsonb, items.get(i)).toNewMention());
        readable.add(i);
      } catch (RelayException e) {
        results[i] = refused(i, e);
      }
    }
    List<BatchItemOutcome> outcomes =
        candidates.isEmpty() ? List.of() : ingestion.ingestAll(actor, candidates);
    for (int k = 0; k < outcomes.size(); k++) {
      int index = readable.get(k);
      BatchItemOutcome outcome = outcomes.get(k);
      results[index] =
          outcome.refusal() != null
              ? refused(index, outcome.refusal())
              : new ItemResult(
                  index, outcome.result().created() ? 201 : 200, outcome.result().mention(), null);
    }
    int created = 0;
    int existing = 0;
    int invalid = 0;
    for (ItemResult result : results) {
      switch (result.status()) {
        case 201 -> created++;
        case 200 -> existing++;
        default -> invalid++;
      }
    }
    return new BatchResult(created, existing, invalid, List.of(results));
  }

  private static ItemResult refused(int index, RelayException e) {
    if (e instanceof InvalidInputException invalid) {
      return new ItemResult(
          index,
          400,
          null,
          new Problem("about:blank", invalid.title(), 400, invalid.getMessage(), invalid.errors()));
    }
    return new ItemResult(
        index, 409, null, new Problem("about:blank", e.title(), 409, e.getMessage(), List.of()));
  }

  static MentionRequest read(Jsonb jsonb, JsonValue item) {
    if (item.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidInputException(
          "Each item must be a JSON object.",
          List.of(new InvalidInputException.FieldError("item", "must be a JSON object")));
    }
    try {
      return jsonb.fromJson(item.toString(), MentionRequest.class);
    } catch (JsonbException e) {
      throw new InvalidInputException(
          "The item is not a mention: " + UnreadableBodyMapper.describe(e),
          List.of(new InvalidInputException.FieldError("item", rootMessage(e))));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? "cannot be read" : root.getMessage();
  }

  /** One item's outcome: 201 stored, 200 already stored, 400 refused (with its problem). */
  public record ItemResult(int index, int status, MentionSummary mention, Problem problem) {}

  /** The whole batch: counts and one result per item, in the order sent. */
  public record BatchResult(int created, int existing, int invalid, List<ItemResult> results) {}
}
