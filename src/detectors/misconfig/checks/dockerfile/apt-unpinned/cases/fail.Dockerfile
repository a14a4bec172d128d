FROM debian:12
# expect-line: 3
RUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.5-0+deb12u1 && rm -rf /var/lib/apt/lists/*
