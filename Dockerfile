# syntax=docker/dockerfile:1
# ClaimsGraph API image: restore and publish with the .NET 10 SDK, run on the ASP.NET runtime as a non-root user.
# Build: docker build -t claimsgraph-api .     Run with Neo4j: docker compose up (see docs/neo4j.md)

# ---- the GraphQL IDE (Banana Cake Pop) static build, from npm, pinned by the committed lock file ----
FROM node:22-bookworm-slim AS ide
WORKDIR /src/src/ClaimsGraph.Api/Ide
COPY src/ClaimsGraph.Api/Ide/package.json src/ClaimsGraph.Api/Ide/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

# ---- build ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so the restore layer is reused until a dependency changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ClaimsGraph.Domain/ClaimsGraph.Domain.csproj src/ClaimsGraph.Domain/
COPY src/ClaimsGraph.Extraction/ClaimsGraph.Extraction.csproj src/ClaimsGraph.Extraction/
COPY src/ClaimsGraph.Storage/ClaimsGraph.Storage.csproj src/ClaimsGraph.Storage/
COPY src/ClaimsGraph.Api/ClaimsGraph.Api.csproj src/ClaimsGraph.Api/
RUN dotnet restore src/ClaimsGraph.Api/ClaimsGraph.Api.csproj
COPY src/ src/
# With the IDE package in place the csproj's npm target is skipped (no node in this image).
COPY --from=ide /src/src/ClaimsGraph.Api/Ide/node_modules src/ClaimsGraph.Api/Ide/node_modules
RUN dotnet publish src/ClaimsGraph.Api/ClaimsGraph.Api.csproj -c Release -o /app --no-restore -p:UseAppHost=false \
 && cp -r src/ClaimsGraph.Api/Ide/node_modules/@chillicream/bananacakepop-graphql-ide /app/ide \
 && rm -f /app/ide/package.json /app/ide/index.cjs /app/ide/index.mjs

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The sample articles the API ingests when the store starts empty (Samples:IngestWhenEmpty).
COPY samples/ ./samples/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1 \
    Serilog__Format=compact
EXPOSE 8080
# The aspnet image ships a non-root "app" user (uid in $APP_UID); the API writes nothing outside /tmp with Neo4j.
USER $APP_UID
ENTRYPOINT ["dotnet", "ClaimsGraph.Api.dll"]
