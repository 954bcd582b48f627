#!/usr/bin/env python3
"""CPU per transaction of `pgbench -N` (server backends and pgbench itself), for comparison with the CPU per commit
the `postgres` benchmark prints for our bursts. Reads the server from SMEONBOARD_PG (the server must run on this
machine: its backends' CPU is read from /proc), creates and drops a database of its own.

Per run: pgbench -N -c 2 -j 2 -T 12; between its 3rd and 9th second the CPU of its two backends and of pgbench, and
the commits the server counted (pg_stat_database.xact_commit), are sampled; printed per transaction."""
import os, subprocess, time, uuid

settings = dict(p.split("=", 1) for p in os.environ["SMEONBOARD_PG"].split(";") if "=" in p)
env = dict(os.environ, PGPASSWORD=settings.get("Password", ""))
server = ["-h", settings["Host"], "-p", settings["Port"], "-U", settings["Username"]]
db = f"pgbench_cpu_{uuid.uuid4().hex}"

def psql(sql, database="postgres"):
    return subprocess.run(["psql", "-Atq", *server, "-d", database, "-c", sql], env=env, capture_output=True, text=True, check=True).stdout.strip()

def ticks(pid):  # utime + stime, in 1/100 s
    try:
        stat = open(f"/proc/{pid}/stat").read()
        fields = stat[stat.rindex(")") + 2:].split(" ")
        return int(fields[11]) + int(fields[12])
    except OSError:
        return 0

def sample():
    pids = psql(f"SELECT pid FROM pg_stat_activity WHERE datname = '{db}' AND backend_type = 'client backend' AND pid <> pg_backend_pid()", db).split()
    return sum(ticks(int(p)) for p in pids), int(psql(f"SELECT xact_commit FROM pg_stat_database WHERE datname = '{db}'", db))

psql(f'CREATE DATABASE "{db}"')
try:
    subprocess.run(["pgbench", "-i", "-q", "-s", "10", *server, db], env=env, capture_output=True, check=True)
    for run in range(1, 4):
        bench = subprocess.Popen(["pgbench", "-N", "-c", "2", "-j", "2", "-T", "12", *server, db], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        time.sleep(3); server1, commits1 = sample(); client1 = ticks(bench.pid)
        time.sleep(6); server2, commits2 = sample(); client2 = ticks(bench.pid)
        tps = next((l for l in bench.communicate()[0].splitlines() if l.startswith("tps")), "no tps line")
        n = commits2 - commits1
        print(f"| {run} | {n} | {(server2 - server1) * 10000 / n:.0f} | {(client2 - client1) * 10000 / n:.0f} | {tps} | {os.getloadavg()[0]:.1f} |")
finally:
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
