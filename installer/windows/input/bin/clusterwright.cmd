@echo off
rem The command line under the name "clusterwright", on PATH through the .msi. It cannot be an .exe of that name:
rem Windows does not tell clusterwright.exe from the wizard's Clusterwright.exe, so this forwards to the console
rem launcher two folders up (INSTALLDIR\clusterwright-cli.exe), with every argument, and hands back its exit code.
"%~dp0..\..\clusterwright-cli.exe" %*
exit /b %ERRORLEVEL%
