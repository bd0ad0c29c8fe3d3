# One image for every FairHire process: the API services and the Celery workers.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY services ./services
COPY workers ./workers
RUN pip install . && useradd --system --home /app fairhire && mkdir -p /app/var && chown fairhire /app/var
USER fairhire
EXPOSE 8000
CMD ["fairhire", "serve", "--host", "0.0.0.0", "--port", "8000"]
