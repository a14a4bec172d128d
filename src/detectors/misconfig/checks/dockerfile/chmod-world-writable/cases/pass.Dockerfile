FROM debian:12
COPY --chmod=0755 app /opt/app
RUN chmod 755 /opt/app/run.sh && chmod u+x /opt/app/tool
