FROM debian:12
# expect-line: 3
RUN apt-get update && apt-get install -y --no-install-recommends git
