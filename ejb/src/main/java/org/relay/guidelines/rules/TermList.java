package org.relay.guidelines.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words and phrases to look for in a draft, however they are written (see {@link
 * Normalizer#forTerms}), as whole words: "Falcon" is found in "f a l c o n" and "F4LC0N" but not in
 * "falconry". A phrase is also found with its words run together ("projectfalcon"), which is what
 * spelling it apart letter by letter gives.
 */
public final class TermList {

  private final Map<String, List<String>> formsByTerm = new LinkedHashMap<>();

  public TermList(List<String> terms) {
    for (String term : terms) {
      String form = Normalizer.forTerms(term);
      if (form.isEmpty()) {
        continue;
      }
      List<String> forms = new ArrayList<>();
      forms.add(form);
      String runTogether = form.replace(" ", "");
      if (!runTogether.equals(form)) {
        forms.add(runTogether);
      }
      formsByTerm.putIfAbsent(term.strip(), forms);
    }
  }

  public boolean isEmpty() {
    return formsByTerm.isEmpty();
  }

  /** The first term (in the list's order) the text contains. */
  public Optional<String> firstIn(String text) {
    return allIn(text).stream().findFirst();
  }

  /**
   * Every term the text contains, in the list's order: as a whole word of the normalised text, or
   * anywhere inside a run of letters spelled apart ("a s t u p i d" hides "stupid").
   */
  public List<String> allIn(String text) {
    if (formsByTerm.isEmpty()) {
      return List.of();
    }
    String normalised = Normalizer.forTerms(text);
    List<String> runs = Normalizer.spelledApart(text);
    return formsByTerm.entrySet().stream()
        .filter(
            e ->
                e.getValue().stream()
                    .anyMatch(
                        form ->
                            containsWord(normalised, form)
                                || runs.stream()
                                    .anyMatch(run -> run.contains(form.replace(" ", "")))))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Whole words or phrases only; a term that starts or ends with a symbol (#tag) needs no edge. */
  static boolean containsWord(String text, String term) {
    int from = 0;
    while (true) {
      int at = text.indexOf(term, from);
      if (at < 0) {
        return false;
      }
      int end = at + term.length();
      boolean startsWord =
          at == 0
              || !Character.isLetterOrDigit(text.charAt(at - 1))
              || !Character.isLetterOrDigit(term.charAt(0));
      boolean endsWord =
          end == text.length()
              || !Character.isLetterOrDigit(text.charAt(end))
              || !Character.isLetterOrDigit(term.charAt(term.length() - 1));
      if (startsWord && endsWord) {
        return true;
      }
      from = at + 1;
    }
  }
}
