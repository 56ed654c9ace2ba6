// ReviewApp
