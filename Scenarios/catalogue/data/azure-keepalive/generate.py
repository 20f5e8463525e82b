#!/usr/bin/env python3
"""Writes the synthetic Azure Functions 2019-format trace of the azure-keepalive catalogue scenario.

Deterministic: Python's own random.Random with a fixed seed (stdlib only), so the same three files come out on
every machine:  python3 generate.py  (run in this folder; it overwrites the .csv files beside it).

Validation-style data: every distribution below is taken from what Shahrad et al., "Serverless in the Wild",
USENIX ATC'20 (section 3) report about the real trace; nothing is tuned to favour a keep-alive policy.
"""
import math
import random

SEED = 20200715          # any fixed number; ATC'20 took place in July 2020
FUNCTIONS = 200          # small enough to replay a whole day per policy in seconds
MINUTES = 1440           # one day, as each file of the 2019 trace
MAX_PER_DAY = 2880       # one call per 30 s on average at most: simulation cost only (the real top apps go
                         # far beyond, but they stay warm under any keep-alive and do not change the question)

rng = random.Random(SEED)


def daily_rate():
    # ATC'20 Fig. 5 / section 3.3: 45% of apps are invoked at most once per hour on average, 81% at most once
    # per minute, over 8 orders of magnitude: a log-normal in log10 through those two points
    # (P(<=24/day) = 0.45, P(<=1440/day) = 0.81) gives mu = 1.60, sigma = 1.77 (log10 of calls per day).
    r = 10 ** rng.gauss(1.603, 1.771)
    return max(1, min(MAX_PER_DAY, int(round(r))))


def trigger():
    # ATC'20 Fig. 3: share of functions by trigger: HTTP 55%, timer 15.6%, queue 15.2%, the rest (event,
    # storage, orchestration, others) about 14%.
    u = rng.random()
    return "http" if u < 0.55 else "timer" if u < 0.706 else "queue" if u < 0.858 else "event"


def timer_calls(per_day):
    # ATC'20 section 3.3: timer-triggered apps are periodic (CV of inter-arrival times near 0); cron periods are
    # round numbers, so the period is the round period nearest to the average gap, with a random phase.
    periods = [1, 2, 5, 10, 15, 30, 60, 120, 240, 360, 720, 1440]
    gap = MINUTES / per_day
    period = min(periods, key=lambda p: abs(math.log(p / gap)))
    phase = rng.randrange(period)
    return [m for m in range(phase, MINUTES, period)]


def poisson_calls(per_day):
    # ATC'20 Fig. 7 (CV of IATs): many non-timer apps have a CV near 1, i.e. Poisson arrivals.
    calls, t = [], rng.expovariate(per_day / MINUTES)
    while t < MINUTES:
        calls.append(int(t))
        t += rng.expovariate(per_day / MINUTES)
    return calls


def bursty_calls(per_day):
    # ATC'20 Fig. 7: a large share of apps have a CV above 1 (bursty). Modelled as bursts arriving as a Poisson
    # stream, each a geometric number of calls (mean 8) within a few minutes: our choice of burst shape.
    mean_burst = 8
    bursts = max(1.0, per_day / mean_burst)
    calls, t = [], rng.expovariate(bursts / MINUTES)
    while t < MINUTES:
        size = 1
        while rng.random() < 1 - 1 / mean_burst:
            size += 1
        for _ in range(size):
            m = int(t + rng.expovariate(1 / 1.5))   # calls of a burst: mean 1.5 min after its start
            if m < MINUTES:
                calls.append(m)
        t += rng.expovariate(bursts / MINUTES)
    return calls


def duration_percentiles():
    # ATC'20 Fig. 7 / section 3.5: average execution time per function fits a log-normal with mu = -0.38,
    # sigma = 2.36 (seconds, natural log); capped at 300 s here (the 2019 default time limit is 5 minutes).
    # Within a function the spread is our choice (log-normal, sigma 0.5).
    avg = min(300.0, math.exp(rng.gauss(-0.38, 2.36)))
    z = {0: -2.6, 1: -2.33, 25: -0.674, 50: 0.0, 75: 0.674, 99: 2.33, 100: 2.6}
    median = avg / math.exp(0.5 ** 2 / 2)
    return avg, [median * math.exp(0.5 * z[p]) * 1000 for p in (0, 1, 25, 50, 75, 99, 100)]


def memory_percentiles():
    # ATC'20 Fig. 9 / section 3.6: half the apps allocate at most 170 MB, 90% at most 400 MB: a log-normal with
    # median 170 MB and sigma ln(400/170)/1.2816 = 0.667; floored at 128 MB (OpenWhisk's minimum action memory).
    # Within an app memory varies little (our choice: +-10% across percentiles).
    median = max(128.0, min(1536.0, 170 * math.exp(rng.gauss(0, 0.667))))
    return [median * f for f in (0.9, 0.92, 0.96, 1.0, 1.03, 1.07, 1.09, 1.1)]


invocations = ["HashOwner,HashApp,HashFunction,Trigger," + ",".join(str(m) for m in range(1, MINUTES + 1))]
durations = ["HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,percentile_Average_1,"
             "percentile_Average_25,percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100"]
memory = ["HashOwner,HashApp,SampleCount,AverageAllocatedMb,AverageAllocatedMb_pct1,AverageAllocatedMb_pct5,"
          "AverageAllocatedMb_pct25,AverageAllocatedMb_pct50,AverageAllocatedMb_pct75,AverageAllocatedMb_pct95,"
          "AverageAllocatedMb_pct99,AverageAllocatedMb_pct100"]

f = 0
app = 0
while f < FUNCTIONS:
    # ATC'20 Fig. 2: 54% of apps have one function, 95% at most 10 (here 1-4, weights 54/20/14/12).
    size = rng.choices([1, 2, 3, 4], weights=[54, 20, 14, 12])[0]
    owner, app_hash = f"owner{app // 3:03d}", f"app{app:03d}"
    mem = memory_percentiles()
    memory.append(f"{owner},{app_hash},1440,{mem[3]:.1f}," + ",".join(f"{v:.1f}" for v in mem))
    for _ in range(min(size, FUNCTIONS - f)):
        kind = trigger()
        per_day = daily_rate()
        if kind == "timer":
            calls = timer_calls(per_day)
        elif rng.random() < 0.5:
            calls = poisson_calls(per_day)    # half of the non-timer functions Poisson, half bursty: our split
        else:
            calls = bursty_calls(per_day)
        counts = [0] * MINUTES
        for m in calls:
            counts[m] += 1
        function = f"func{f:03d}"
        invocations.append(f"{owner},{app_hash},{function},{kind}," + ",".join(str(c) for c in counts))
        avg, pct = duration_percentiles()
        total = sum(counts)
        durations.append(f"{owner},{app_hash},{function},{avg * 1000:.1f},{total},{pct[0]:.1f},{pct[-1]:.1f}," + ",".join(f"{v:.1f}" for v in pct))
        f += 1
    app += 1

for name, lines in (("invocations_per_function_md.anon.d01.csv", invocations),
                    ("function_durations_percentiles.anon.d01.csv", durations),
                    ("app_memory_percentiles.anon.d01.csv", memory)):
    with open(name, "w", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
