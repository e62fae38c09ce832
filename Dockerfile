# The dashboard as a container: build with the SDK, run on the ASP.NET runtime.
# .dockerignore keeps the context to src/ and the top-level settings (no tests, docs, build output or local data).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone first, so a code change reuses the downloaded packages.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Dashboard.Core/Dashboard.Core.csproj src/Dashboard.Core/
COPY src/Dashboard.Data/Dashboard.Data.csproj src/Dashboard.Data/
COPY src/Dashboard.Kubernetes/Dashboard.Kubernetes.csproj src/Dashboard.Kubernetes/
COPY src/Dashboard.Sandbox/Dashboard.Sandbox.csproj src/Dashboard.Sandbox/
COPY src/Dashboard.Web/Dashboard.Web.csproj src/Dashboard.Web/
RUN dotnet restore src/Dashboard.Web
COPY . .
RUN dotnet publish src/Dashboard.Web -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Dashboard__DataDirectory=/var/lib/dashboard
VOLUME /var/lib/dashboard
EXPOSE 8080
# No curl in the runtime image; compose checks /healthz from outside instead.
ENTRYPOINT ["dotnet", "Dashboard.Web.dll"]
