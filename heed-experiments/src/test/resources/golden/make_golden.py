#!/usr/bin/python3
"""Golden values for heed-experiments, computed independently with scipy / statsmodels / numpy / pandas.

Run with Debian's Python (apt-get install -y python3-scipy python3-statsmodels python3-pandas):
    /usr/bin/python3 make_golden.py [path/to/shared/data]
Writes *.json next to this file. Inputs are generated here with a seeded numpy RNG and stored in the JSON,
so the Java tests need no Python. Versions used are recorded in each file's "provenance".
"""
import json
import math
import os
import sys

import numpy as np
import pandas as pd
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

HERE = os.path.dirname(os.path.abspath(__file__))
PROV = {"scipy": scipy.__version__, "statsmodels": statsmodels.__version__, "numpy": np.__version__,
        "pandas": pd.__version__, "script": "make_golden.py"}
rng = np.random.default_rng(20261128)


def write(name, cases, where=HERE):
    with open(os.path.join(where, name), "w") as f:
        json.dump({"provenance": PROV, "cases": cases}, f, indent=1)
        f.write("\n")


def r(a):
    return [float(x) for x in a]


# --- two-proportion z-test -------------------------------------------------------------------------------
ztests = []
for (cc, cn, tc, tn, conf) in [(120, 1000, 150, 1000, 0.95), (480, 10000, 530, 10100, 0.95),
                                (3, 50, 9, 60, 0.90), (2000, 20000, 2000, 20000, 0.99), (45, 900, 30, 1100, 0.95)]:
    z, p = proportions_ztest([tc, cc], [tn, cn])  # pooled SE by default; treatment - control
    lo, hi = confint_proportions_2indep(tc, tn, cc, cn, method="wald", compare="diff", alpha=1 - conf)
    p1, p2, pool = cc / cn, tc / tn, (cc + tc) / (cn + tn)
    se_pool = math.sqrt(pool * (1 - pool) * (1 / cn + 1 / tn))
    q = st.norm.isf((1 - conf) / 2)
    ztests.append({"control_conversions": cc, "control_n": cn, "treatment_conversions": tc, "treatment_n": tn,
                   "confidence": conf, "difference": p2 - p1, "z": float(z), "p_value": float(p),
                   "pooled_ci": [p2 - p1 - q * se_pool, p2 - p1 + q * se_pool], "unpooled_ci": [float(lo), float(hi)]})
write("ztest.json", ztests)

# --- Welch's t-test --------------------------------------------------------------------------------------
welch = []
for (n1, n2, m1, m2, s1, s2, conf) in [(40, 55, 10.0, 11.0, 2.0, 3.5, 0.95), (200, 180, 0.0, 0.1, 1.0, 1.0, 0.95),
                                       (8, 30, 5.0, 5.0, 0.5, 4.0, 0.90), (500, 500, 3.0, 3.2, 2.5, 2.0, 0.99)]:
    x = rng.normal(m1, s1, n1)
    y = rng.normal(m2, s2, n2)
    res = st.ttest_ind(y, x, equal_var=False)
    cm = CompareMeans(DescrStatsW(y), DescrStatsW(x))
    lo, hi = cm.tconfint_diff(alpha=1 - conf, usevar="unequal")
    _, _, df = cm.ttest_ind(usevar="unequal")
    welch.append({"control": r(x), "treatment": r(y), "confidence": conf, "difference": float(y.mean() - x.mean()),
                  "t": float(res.statistic), "df": float(df), "p_value": float(res.pvalue), "ci": [float(lo), float(hi)]})
write("welch.json", welch)

# --- delta method for ratio metrics (per-user clicks / impressions) ---------------------------------------


def delta_ratio(num, den):
    n = len(num)
    mx, my = den.mean(), num.mean()
    cov = np.cov(np.vstack([num, den]), ddof=1)  # [[s_yy, s_yx], [s_xy, s_xx]]
    grad = np.array([1 / mx, -my / mx ** 2])
    return my / mx, float(grad @ cov @ grad / n)


ratio = []
for (nc, nt, ctr_c, ctr_t, conf) in [(300, 320, 0.05, 0.06, 0.95), (1000, 900, 0.10, 0.10, 0.95), (60, 80, 0.2, 0.15, 0.90)]:
    imp_c = rng.poisson(8, nc) + 1
    imp_t = rng.poisson(8, nt) + 1
    # per-user CTR heterogeneity makes clustering matter
    clk_c = rng.binomial(imp_c, np.clip(rng.beta(2, 2 / ctr_c - 2, nc), 0, 1))
    clk_t = rng.binomial(imp_t, np.clip(rng.beta(2, 2 / ctr_t - 2, nt), 0, 1))
    rc, vc = delta_ratio(clk_c.astype(float), imp_c.astype(float))
    rt, vt = delta_ratio(clk_t.astype(float), imp_t.astype(float))
    se = math.sqrt(vc + vt)
    q = st.norm.isf((1 - conf) / 2)
    z = (rt - rc) / se
    ratio.append({"control_num": r(clk_c), "control_den": r(imp_c), "treatment_num": r(clk_t), "treatment_den": r(imp_t),
                  "confidence": conf, "control_ratio": rc, "control_variance": vc, "treatment_ratio": rt,
                  "treatment_variance": vt, "difference": rt - rc, "standard_error": se,
                  "ci": [rt - rc - q * se, rt - rc + q * se], "p_value": float(2 * st.norm.sf(abs(z)))})
write("ratio.json", ratio)

# --- CUPED -----------------------------------------------------------------------------------------------
cuped = []
for (nc, nt, effect, rho, conf) in [(400, 420, 0.3, 0.7, 0.95), (150, 150, 0.0, 0.4, 0.95), (1000, 990, 0.1, 0.9, 0.99)]:
    xc = rng.normal(10, 3, nc)
    xt = rng.normal(10, 3, nt)
    yc = 5 + rho * xc + rng.normal(0, 3 * math.sqrt(1 - rho ** 2), nc)
    yt = 5 + effect + rho * xt + rng.normal(0, 3 * math.sqrt(1 - rho ** 2), nt)
    x = np.concatenate([xc, xt])
    y = np.concatenate([yc, yt])
    theta = float(sm.OLS(y, sm.add_constant(x)).fit().params[1])  # pooled OLS slope = cov(Y,X)/var(X)
    adj_c = yc - theta * (xc - x.mean())
    adj_t = yt - theta * (xt - x.mean())
    adj = np.concatenate([adj_c, adj_t])
    res = st.ttest_ind(adj_t, adj_c, equal_var=False)
    lo, hi = CompareMeans(DescrStatsW(adj_t), DescrStatsW(adj_c)).tconfint_diff(alpha=1 - conf, usevar="unequal")
    cuped.append({"control_y": r(yc), "control_x": r(xc), "treatment_y": r(yt), "treatment_x": r(xt), "confidence": conf,
                  "theta": theta, "adjusted_control": float(adj_c.mean()), "adjusted_treatment": float(adj_t.mean()),
                  "variance_reduction": float(1 - adj.var(ddof=1) / y.var(ddof=1)), "t": float(res.statistic),
                  "p_value": float(res.pvalue), "ci": [float(lo), float(hi)]})
write("cuped.json", cuped)

# --- sample-ratio mismatch -------------------------------------------------------------------------------
srm = []
for (obs, shares) in [([5000, 5000], [0.5, 0.5]), ([5100, 4900], [0.5, 0.5]), ([50600, 49400], [0.5, 0.5]),
                      ([3300, 3350, 3350], [1 / 3, 1 / 3, 1 / 3]), ([9000, 1150], [0.9, 0.1]), ([820, 180], [0.8, 0.2])]:
    tot = sum(obs)
    chi, p = st.chisquare(obs, [tot * s for s in shares])
    srm.append({"observed": obs, "planned_shares": shares, "chi_square": float(chi), "df": len(obs) - 1, "p_value": float(p)})
write("srm.json", srm)

# --- multiple comparisons --------------------------------------------------------------------------------
multi = []
for ps in [[0.01, 0.04, 0.03, 0.005], [0.2, 0.001, 0.049, 0.051, 0.8, 0.0001], [0.5], [0.03, 0.03, 0.03]]:
    multi.append({"p_values": ps, "holm": r(multipletests(ps, method="holm")[1]),
                  "bh": r(multipletests(ps, method="fdr_bh")[1])})
write("multiple.json", multi)

# --- mSPRT (normal mixture), an independent implementation of Johari et al.'s closed form ----------------
# Equal arms of n, per-unit variance sigma2 (pooled p(1-p) for proportions): paper's formula
#   Lambda_n = sqrt(2 s2 / (2 s2 + n tau2)) * exp(n^2 tau2 (d - theta0)^2 / (4 s2 (2 s2 + n tau2)))
# Unequal arms (means): V = s1^2/n1 + s2^2/n2, Lambda = sqrt(V/(V+tau2)) exp(tau2 d^2 / (2 V (V + tau2))).
msprt = []
for (pc, pt, n, every, tau2) in [(0.10, 0.10, 3000, 100, 1e-4), (0.10, 0.13, 3000, 100, 1e-4), (0.05, 0.06, 5000, 250, 4e-4)]:
    a = rng.random(n) < pc
    b = rng.random(n) < pt
    peeks, pmin = [], 1.0
    for k in range(every, n + 1, every):
        ca, cb = int(a[:k].sum()), int(b[:k].sum())
        pool = (ca + cb) / (2 * k)
        s2 = pool * (1 - pool)
        d = cb / k - ca / k
        lam = math.sqrt(2 * s2 / (2 * s2 + k * tau2)) * math.exp(k * k * tau2 * d * d / (4 * s2 * (2 * s2 + k * tau2)))
        pmin = min(pmin, 1 / lam)
        peeks.append({"control_conversions": ca, "control_n": k, "treatment_conversions": cb, "treatment_n": k,
                      "likelihood_ratio": lam, "p_value": min(1.0, pmin)})
    msprt.append({"kind": "proportions", "tau2": tau2, "peeks": peeks})
for (mc, mt, sc, st_, n1, n2, every, tau2) in [(5.0, 5.4, 2.0, 2.5, 2000, 1800, 200, 0.05)]:
    x = rng.normal(mc, sc, n1)
    y = rng.normal(mt, st_, n2)
    peeks, pmin = [], 1.0
    for j in range(1, min(n1, n2) // every + 1):
        k1, k2 = j * every, int(j * every * n2 / n1)
        xs, ys = x[:k1], y[:k2]
        V = xs.var(ddof=1) / k1 + ys.var(ddof=1) / k2
        d = ys.mean() - xs.mean()
        lam = math.sqrt(V / (V + tau2)) * math.exp(tau2 * d * d / (2 * V * (V + tau2)))
        pmin = min(pmin, 1 / lam)
        peeks.append({"control": {"n": k1, "mean": float(xs.mean()), "variance": float(xs.var(ddof=1))},
                      "treatment": {"n": k2, "mean": float(ys.mean()), "variance": float(ys.var(ddof=1))},
                      "likelihood_ratio": lam, "p_value": min(1.0, pmin)})
    msprt.append({"kind": "means", "tau2": tau2, "peeks": peeks})
write("msprt.json", msprt)

# --- off-policy evaluation on the Open Bandit Dataset sample (men campaign) -------------------------------
# Target: bts, as the time-averaged distribution of its logged slates: pi(item | position) = share of bts rows in
# that position showing the item. Logs: uniform random (propensity 1/34). Context bucket = position.
# Reward model: per-(position, item) mean click on the random logs, shrunk with strength s toward the global mean.
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../../../shared/data")
obd = os.path.join(data, "obd-sample")
if os.path.isdir(obd):
    rnd = pd.read_csv(os.path.join(obd, "random/men/men.csv"), index_col=0)
    bts = pd.read_csv(os.path.join(obd, "bts/men/men.csv"), index_col=0)
    n_items, conf, smoothing = 34, 0.95, 1.0
    pi = np.zeros((3, n_items))
    for pos, g in bts.groupby("position"):
        counts = g["item_id"].value_counts()
        for item, c in counts.items():
            pi[pos - 1, item] = c / len(g)
    ctx = rnd["position"].to_numpy() - 1
    act = rnd["item_id"].to_numpy()
    rew = rnd["click"].to_numpy().astype(float)
    prop = rnd["propensity_score"].to_numpy()
    w = pi[ctx, act] / prop
    glob = rew.mean()
    sums = np.zeros((3, n_items))
    cnts = np.zeros((3, n_items))
    np.add.at(sums, (ctx, act), rew)
    np.add.at(cnts, (ctx, act), 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        q = np.where(cnts + smoothing > 0, (sums + smoothing * glob) / (cnts + smoothing), glob)
    z = st.norm.isf((1 - conf) / 2)
    n = len(rew)

    def clt(terms, value=None):
        se = terms.std(ddof=1) / math.sqrt(n)
        v = terms.mean() if value is None else value
        return {"value": float(v), "standard_error": float(se), "ci": [float(v - z * se), float(v + z * se)]}

    ips = clt(w * rew)
    sn_v = (w * rew).sum() / w.sum()
    snips = clt(w * (rew - sn_v) / w.mean(), sn_v)
    dm_terms = (pi[ctx] * q[ctx]).sum(axis=1)
    dm = {"value": float(dm_terms.mean())}  # DM's interval is a model-refitting bootstrap in Java; value only
    dr = clt(dm_terms + w * (rew - q[ctx, act]))
    # The OBD reader and its test live in the lab (heed-bench), so their fixture goes there.
    write("ope_obd.json", [{"campaign": "men", "logging": "random", "target": "bts", "items": n_items,
                            "smoothing": smoothing, "confidence": conf, "rows": n,
                            "bts_on_policy_ctr": float(bts["click"].mean()),
                            "random_on_policy_ctr": float(rnd["click"].mean()),
                            "target_probabilities": [r(row) for row in pi],
                            "ips": ips, "snips": snips, "dm": dm, "dr": dr}],
          os.path.join(HERE, "../../../../../heed-bench/src/test/resources/golden"))
else:
    print("OBD sample not found under", obd, "- ope_obd.json not written", file=sys.stderr)
print("golden fixtures written to", HERE)
