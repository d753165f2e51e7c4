@echo off
rem Runs scorepack on Windows: bin\scorepack.cmd COMMAND [OPTIONS], e.g. bin\scorepack.cmd generate
rem
rem Needs only a Java 17 (or later) runtime: JAVA_HOME set, or java on the PATH.
rem SCOREPACK_JAVA_OPTS replaces the default heap and collector (-Xmx320m -XX:+UseParallelGC
rem -XX:InitialTenuringThreshold=1 -XX:MaxTenuringThreshold=1, as in bin/scorepack).
rem Every path is quoted, so the folder may have spaces (C:\Program Files\scorepack).
setlocal
rem The console shows UTF-8 for this run, so that the arrows and symbols print as themselves;
rem the code page the console had is put back afterwards. Without a console (Task Scheduler)
rem chcp fails quietly and nothing changes.
set "SCOREPACK_CODEPAGE="
for /f "tokens=2 delims=:." %%c in ('chcp 2^>nul') do set "SCOREPACK_CODEPAGE=%%c"
chcp 65001 >nul 2>&1
set "SCOREPACK_HOME=%~dp0.."
set "SCOREPACK_JAVA=java"
if defined JAVA_HOME set "SCOREPACK_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined SCOREPACK_JAVA_OPTS set "SCOREPACK_JAVA_OPTS=-Xmx320m -XX:+UseParallelGC -XX:InitialTenuringThreshold=1 -XX:MaxTenuringThreshold=1"
"%SCOREPACK_JAVA%" %SCOREPACK_JAVA_OPTS% -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=20 -Dfile.encoding=UTF-8 -jar "%SCOREPACK_HOME%\lib\scorepack.jar" %*
set "SCOREPACK_EXIT=%ERRORLEVEL%"
if defined SCOREPACK_CODEPAGE chcp %SCOREPACK_CODEPAGE% >nul 2>&1
exit /b %SCOREPACK_EXIT%
