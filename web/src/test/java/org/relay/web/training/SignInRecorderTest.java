package org.relay.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.inject.Instance;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.shared.Actor;
import org.relay.training.TrainingService;

/** The first-sign-in sweep runs once per session, not per request, and once for racing requests. */
@ExtendWith(MockitoExtension.class)
class SignInRecorderTest {

  private static final Actor TOM = new Actor("tom", "Tom", Set.of("support"), Set.of("employee"));

  @Mock Instance<Actor> actor;
  @Mock TrainingService training;
  @Mock HttpServletResponse response;
  @Mock FilterChain chain;

  private final SignInRecorder recorder = new SignInRecorder();

  @BeforeEach
  void wire() {
    recorder.actor = actor;
    recorder.training = training;
    lenient().when(actor.get()).thenReturn(TOM);
  }

  @Test
  void shouldSweepOncePerSessionHoweverManyRequests() throws Exception {
    HttpSession session = session();

    for (int i = 0; i < 5; i++) {
      recorder.doFilter(request(session), response, chain);
    }
    recorder.doFilter(request(session()), response, chain);

    verify(training, times(2)).signedIn(TOM);
    verify(chain, times(6)).doFilter(any(), any());
  }

  @Test
  void shouldSweepAgainOnTheNextRequestAfterAFailure() throws Exception {
    HttpSession session = session();
    doThrow(new IllegalStateException("directory down")).doNothing().when(training).signedIn(TOM);

    recorder.doFilter(request(session), response, chain);
    recorder.doFilter(request(session), response, chain);
    recorder.doFilter(request(session), response, chain);

    verify(training, times(2)).signedIn(TOM);
    verify(chain, times(3)).doFilter(any(), any());
  }

  @Test
  void shouldLetOnlyOneOfTwoSimultaneousFirstRequestsSweep() throws Exception {
    CountDownLatch sweeping = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    doAnswer(
            call -> {
              sweeping.countDown();
              assertThat(secondDone.await(30, TimeUnit.SECONDS)).isTrue();
              return null;
            })
        .when(training)
        .signedIn(TOM);
    HttpSession session = session();

    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () -> {
              try {
                recorder.doFilter(request(session), response, chain);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(sweeping.await(30, TimeUnit.SECONDS)).isTrue();
    recorder.doFilter(request(session), response, chain);
    secondDone.countDown();
    first.get(30, TimeUnit.SECONDS);

    verify(training, times(1)).signedIn(TOM);
    verify(chain, times(2)).doFilter(any(), any());
  }

  @Test
  void shouldNotAskForAnonymousRequests() throws Exception {
    HttpServletRequest anonymous = mock(HttpServletRequest.class);

    recorder.doFilter(anonymous, response, chain);

    verify(training, times(0)).signedIn(any());
  }

  private static HttpServletRequest request(HttpSession session) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getUserPrincipal()).thenReturn(() -> "tom");
    when(request.getSession(false)).thenReturn(session);
    return request;
  }

  private static HttpSession session() {
    Map<String, Object> attributes = new HashMap<>();
    HttpSession session = mock(HttpSession.class);
    lenient()
        .when(session.getAttribute(anyString()))
        .thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
    lenient()
        .doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
        .when(session)
        .setAttribute(anyString(), any());
    return session;
  }
}
