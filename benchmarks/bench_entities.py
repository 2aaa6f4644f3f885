"""Benchmark: the whole entity pass over a ~1,000,000-character report.

Builds a report from generated, varied paragraphs of the genre (work-report figures, zone news,
policy articles, research news; Simplified, and the same text converted to Traditional), times
``recognise()`` on it, and prints characters per second against the 300 K chars/s goal. The
baseline measured in the same run is plain ``to_pivot`` (OpenCC t2s with offset maps) on the
same text, which ``recognise`` has to do anyway.

Run: ``.venv/bin/python benchmarks/bench_entities.py [--chars N] [--hant] [--runs 11]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gui.core.script import make_view, to_pivot  # noqa: E402

GOAL = 300_000  # characters per second

PLACES = "兰州 西安 成都 合肥 洛阳 长沙 苏州 宜宾 无锡 南京 天水 白银 武汉 郑州 青岛 昆明".split()
PROVINCES = "甘肃省 陕西省 四川省 安徽省 河南省 湖南省 江苏省 湖北省 山东省 云南省".split()
FIELDS = "生物医药 新材料 电子信息 装备制造 新能源 节能环保 数字经济 现代农业 先进制造".split()
FIRM_HEADS = "中牧 海默 耐驰 隆华 华天 金川 天庆 中天 佛慈 万里 长风 蓝天 新陇 金昌 恒通".split()
FIRM_TAILS = "科技 股份 生物 泵业 电子 药业 智能 材料 能源 重工".split()
UNIS = "兰州大学 西北师范大学 四川大学 中南大学 湖南大学 河南科技大学 南京大学".split()
TERMS = "揭榜挂帅 放管服 一网通办 专精特新 小巨人 双招双引 四上企业 最多跑一次".split()

TEMPLATES = [
    "{year}年，{place}高新区实现地区生产总值{n1}亿元，增长{p1}%，高于全省{p2}个百分点；"
    "规上工业增加值增长{p3}%，新增高新技术企业{k1}家，总数达到{k2}家。",
    "{place}经开区围绕{field}产业，引进{firm1}、{firm2}、{firm3}等企业{k1}家，"
    "总投资约{n1}亿元，预计达产后年产值超过{n2}亿元，带动就业{k2}人。",
    "与{uni}、{prov}科学院等高校院所共建{place}{field}产业研究院，建成{field}工程技术研究中心"
    "{k1}个，技术合同成交额{n1}亿元，{year}年{m}月{d}日通过{prov}科技厅验收。",
    "出台《关于加快{field}产业发展的若干措施》，对新认定的国家级研发平台给予最高{k1}万元奖励，"
    "推行“{term}”改革，企业开办时间压缩至{k3}个工作日以内。",
    "第{cn}条 本办法自{year}年{m}月{d}日起施行，有效期{k3}年。由{place}市科技局负责解释。",
    "{firm1}{field}项目占地{k2}亩，建筑面积{n3}万平方米，亩均税收{p1}万元/亩，"
    "{year}年{m}月建成投产，当年实现销售收入{n1}亿元。",
    "{year}年至{year2}年，{place}累计实施“{term}”项目{k2}个，完成投资{n1}亿元，"
    "城镇新增就业{p1}万人，城镇调查失业率控制在{p3}%以内。",
    "记者从{place}市发展改革委获悉，今年上半年全市进出口总额{n1}亿元，同比增长{p2}%，"
    "其中对东盟、欧盟进出口分别增长{p1}%和{p3}%，中欧班列开行{k2}列。",
    # Prose with few entities, as most of a work report is.
    "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，"
    "统筹发展和安全，持续深化改革开放，不断增强{field}产业的核心竞争力和可持续发展能力。",
    "围绕产业链部署创新链，围绕创新链布局产业链，健全以企业为主体、市场为导向、产学研深度融合的"
    "技术创新体系，完善科技成果转化激励机制，营造鼓励创新、宽容失败的良好氛围。",
    "深化“{term}”改革，持续优化营商环境，落实各项惠企政策，切实帮助企业解决融资难、用工难等"
    "实际问题，进一步激发市场主体活力和社会创造力，推动民营经济发展壮大。",
    "加强生态环境保护，深入打好蓝天、碧水、净土保卫战，推进{place}黄河流域生态保护和高质量发展，"
    "加快发展方式绿色转型，积极稳妥推进碳达峰碳中和，建设人与自然和谐共生的美丽家园。",
]


def paragraph(rng: random.Random) -> str:
    firm = lambda: rng.choice(FIRM_HEADS) + rng.choice(FIRM_TAILS)  # noqa: E731
    year = rng.randint(2015, 2024)
    return rng.choice(TEMPLATES).format(
        year=year,
        year2=year + rng.randint(1, 5),
        m=rng.randint(1, 12),
        d=rng.randint(1, 28),
        place=rng.choice(PLACES),
        prov=rng.choice(PROVINCES),
        field=rng.choice(FIELDS),
        firm1=firm(),
        firm2=firm(),
        firm3=firm(),
        uni=rng.choice(UNIS),
        term=rng.choice(TERMS),
        cn=rng.choice("一二三四五六七八九十"),
        n1=round(rng.uniform(1, 3000), 1),
        n2=rng.randint(10, 900),
        n3=round(rng.uniform(0.5, 80), 2),
        p1=round(rng.uniform(0.1, 30), 1),
        p2=round(rng.uniform(0.1, 5), 1),
        p3=round(rng.uniform(1, 12), 1),
        k1=rng.randint(2, 300),
        k2=rng.randint(10, 5000),
        k3=rng.randint(1, 10),
    )


def build_report(chars: int, seed: int = 20240101) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < chars:
        p = paragraph(rng)
        parts.append(p)
        total += len(p) + 1
    return "\n".join(parts)[:chars]


def timed(fn, *args) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t0, result


#: CPU seconds of each timed call, beside its wall seconds: the machine is shared, and under
#: load the wall clock measures the other processes too.
CPU: dict[object, list[float]] = {}


def interleaved(runs: int, *calls) -> list[list[float]]:
    """Seconds of each ``(fn, *args)`` in ``calls`` over ``runs`` rounds, the calls alternated
    within each round, so that a busy moment of the machine falls on all of them alike (the
    CPU seconds of each go to ``CPU[fn]``)."""
    times: list[list[float]] = [[] for _ in calls]
    for _ in range(max(1, runs)):
        for i, (fn, *args) in enumerate(calls):
            cpu = time.process_time()
            times[i].append(timed(fn, *args)[0])
            CPU.setdefault(fn, []).append(time.process_time() - cpu)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--hant", action="store_true", help="also time the Traditional version")
    ap.add_argument("--runs", type=int, default=11, help="interleaved runs (median judged)")
    args = ap.parse_args(argv)

    # Import and warm-up are timed separately: launch cost is the lazy first call.
    t_import, _ = timed(__import__, "gui.core.entities")
    from gui.core.entities import recognise

    t_first, _ = timed(recognise, "2021年，兰州高新区集聚企业200家。")

    texts = {"hans": build_report(args.chars)}
    if args.hant:
        texts["hant"] = make_view(texts["hans"], "hant").text
    print(
        f"import gui.core.entities: {t_import * 1000:.0f} ms; first call (loads gazetteers): "
        f"{t_first * 1000:.0f} ms"
    )
    print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for script, text in texts.items():
        n = len(text)
        ents = recognise(text)
        CPU.clear()
        base, rec = interleaved(args.runs, (to_pivot, text), (recognise, text))
        cpu = statistics.median(CPU[recognise])
        rates = [n / t for t in rec]
        low, mid, high = min(rates), statistics.median(rates), max(rates)
        t_base, t_rec = statistics.median(base), statistics.median(rec)
        verdict = "ok" if mid >= GOAL else "MISSED"
        print(
            f"[{script}] {n:,} chars, {len(ents):,} entities "
            f"({len(ents) * 1000 / n:.0f} per 1,000 chars), {args.runs} interleaved runs\n"
            f"  recognise: median {mid / 1000:.0f} K chars/s (min {low / 1000:.0f}, "
            f"max {high / 1000:.0f}); goal ≥ {GOAL // 1000} K/s: ratio {mid / GOAL:.2f} {verdict}\n"
            f"  baseline to_pivot (OpenCC t2s with offset maps, which recognise does too): "
            f"median {t_base:.2f} s ({n / t_base / 1000:.0f} K chars/s); "
            f"recognise / to_pivot {t_rec / t_base:.2f}\n"
            f"  CPU time of recognise: median {cpu:.2f} s ({n / cpu / 1000:.0f} K chars/s)"
        )
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
