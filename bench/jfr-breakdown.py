#!/usr/bin/env python3
"""Where WildFly's CPU went in a JFR recording of the ingestion benchmark (bench/run.sh PROFILE=1).

Each execution sample is put in one activity (what the thread was doing: an ingestion request, a
routing job, ...) by the most specific frame it contains, and in one kind of work (FEEL, Lingua,
JDBC, ...) by the innermost frame that is not the JDK's. Prints both, their cross table, and the hottest methods.

  bench/jfr-breakdown.py bench/results/<run>/wildfly.jfr [--jfr /path/to/jdk/bin/jfr]

Needs the recording's stacks to be deep enough (run.sh starts WildFly with stackdepth=512).
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys

# (label, substrings of "class.method"); the first activity with a matching frame wins.
ACTIVITIES = [
    ("ingest: POST /api/mentions", ["MentionResource.deliver", "IngestionService"]),
    ("probe: GET /api/mentions/{id}", ["MentionResource.mention", "EngagementService.detail"]),
    ("API: dispatch, CDI proxies, response writing", ["SynchronousDispatcher.invoke"]),
    ("portal pages", ["FacesServlet.service"]),
    ("routing job (classify, route, offer)", ["ExecuteJobsRunnable.run"]),
    ("job acquisition", ["AcquireJobsRunnable.run", "SequentialJobAcquisitionRunnable.run"]),
    ("timers (pollers, spike watch)", ["ChannelPoller", "SpikeWatch", "ImportResumer"]),
    ("HTTP and sign-in before the resource", ["io.undertow", "org.wildfly.elytron", "org.wildfly.security"]),
]

# (label, substrings); the innermost matching frame decides, the JDK (last) only as the leaf.
KINDS = [
    ("JDBC driver (PostgreSQL)", ["org.postgresql"]),
    ("connection pool, JTA", ["org.jboss.jca", "com.arjuna", "org.jboss.tm", "org.wildfly.transaction"]),
    ("FEEL (Scala)", ["org.camunda.feel", "camundajar.impl.scala"]),
    ("Lingua (language)", ["com.github.pemistahl.lingua"]),
    ("VADER (sentiment)", ["vader", "org.apache.lucene"]),
    ("JSON-B", ["org.eclipse.yasson", "jakarta.json", "org.glassfish.json", "org.eclipse.parsson"]),
    ("MyBatis (engine SQL mapping)", ["org.apache.ibatis"]),
    ("Hibernate ORM", ["org.hibernate.orm", "org.hibernate.engine", "org.hibernate.internal",
                       "org.hibernate.event", "org.hibernate.sql", "org.hibernate.query",
                       "org.hibernate.persister", "org.hibernate.type", "org.hibernate.loader",
                       "org.hibernate.metamodel", "org.hibernate.resource", "org.hibernate.action",
                       "org.hibernate.collection", "org.hibernate.id", "org.hibernate.bytecode",
                       "org.hibernate.jpa", "org.hibernate.boot", "org.hibernate.dialect"]),
    ("Bean Validation", ["org.hibernate.validator"]),
    ("DMN engine", ["org.camunda.bpm.dmn"]),
    ("Camunda engine", ["org.camunda.bpm.engine", "org.camunda.bpm.model", "org.camunda.commons",
                        "org.camunda.bpm.impl"]),
    ("Relay", ["org.relay"]),
    ("RESTEasy", ["org.jboss.resteasy"]),
    ("OIDC token check", ["org.wildfly.security.http.oidc", "org.jose4j"]),
    ("Undertow, Elytron", ["io.undertow", "org.wildfly.elytron", "org.wildfly.security"]),
    ("CDI, EJB, interceptors", ["org.jboss.weld", "org.jboss.as.ejb3", "org.jboss.invocation",
                                "org.jboss.as.ee", "org.jboss.as.weld"]),
    ("class loading, modules", ["org.jboss.modules", "org.jboss.vfs", "java.lang.ClassLoader"]),
    ("logging", ["org.jboss.logmanager", "org.jboss.logging"]),
    ("JDK", ["java.", "jdk.", "sun."]),
]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def classify_activity(names):
    for label, needles in ACTIVITIES:  # the most specific activity first
        if any(n in name for name in names for n in needles):
            return label
    return "other threads"


def classify_kind(names):
    for name in names:  # innermost first; the JDK only when no library called it
        for label, needles in KINDS[:-1]:
            if any(n in name for n in needles):
                return label
    return KINDS[-1][0] if names[0].startswith(tuple(KINDS[-1][1])) else "other"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--jfr", default=os.environ.get("JFR") or shutil.which("jfr") or "jfr")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    printed = subprocess.run(
        [args.jfr, "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample",
         args.recording], capture_output=True, text=True, check=True).stdout
    events = json.loads(printed)["recording"]["events"]
    activities, kinds, cross, hot = (collections.Counter() for _ in range(4))
    total = 0
    for event in events:
        trace = event["values"].get("stackTrace")
        if not trace or not trace["frames"]:
            continue
        names = [frame_name(f) for f in trace["frames"]]
        total += 1
        activity, kind = classify_activity(names), classify_kind(names)
        activities[activity] += 1
        kinds[kind] += 1
        cross[(activity, kind)] += 1
        hot[names[0]] += 1
    if total == 0:
        sys.exit("no execution samples in " + args.recording)
    pct = lambda n: f"{100 * n / total:5.1f}%"
    print(f"{total} execution samples\n\nBy activity (outermost frame):")
    for label, n in activities.most_common():
        print(f"  {pct(n)}  {label}")
    print("\nBy kind of work (innermost frame):")
    for label, n in kinds.most_common():
        print(f"  {pct(n)}  {label}")
    print("\nActivity x kind (>= 1%):")
    for (activity, kind), n in sorted(cross.items(), key=lambda kv: -kv[1]):
        if n / total >= 0.01:
            print(f"  {pct(n)}  {activity}  /  {kind}")
    print(f"\nHottest methods (self time, top {args.top}):")
    for name, n in hot.most_common(args.top):
        print(f"  {pct(n)}  {name}")


if __name__ == "__main__":
    main()
