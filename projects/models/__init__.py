from projects.models.funding_notices import FundingNoticeIndexPage, FundingNoticePage
from projects.models.programmes import FundingProgramme
from projects.models.project_index import ProjectIndexPage
from projects.models.projects import ProjectPage

__all__ = [
    "FundingNoticeIndexPage",
    "FundingNoticePage",
    "FundingProgramme",
    "ProjectIndexPage",
    "ProjectPage",
]
