// One expert of the public expert team.
import { fileUrl, useDicts, regionOf } from '../api.js'

export default {
  name: 'ExpertCard',
  props: { expert: { type: Object, required: true } },
  setup(props) {
    const dl = useDicts(['expert_ii_domain', 'expert_industry', 'professional_title', 'region'])
    const photo = () => fileUrl(props.expert, props.expert.photo, '200x200')
    const domains = () => [
      ...(props.expert.ii_domains || []).map((c) => dl('expert_ii_domain', c)),
      ...(props.expert.industry_domains || []).map((c) => dl('expert_industry', c)),
    ].slice(0, 4)
    const region = () => regionOf(props.expert.region, props.expert.region_text)
    return { photo, domains, dl, region }
  },
  template: `
  <div class="expert-card" data-test="expert-card">
    <div class="avatar"><img v-if="photo()" :src="photo()" :alt="expert.name"><span v-else>{{ (expert.name || '专')[0] }}</span></div>
    <div style="min-width:0">
      <h4>{{ expert.name }} <span class="muted small">{{ expert.position }}</span></h4>
      <div class="muted small">{{ [dl('professional_title', expert.professional_title), expert.major, region()].filter(Boolean).join(' · ') }}</div>
      <div style="display:flex;gap:4px;flex-wrap:wrap;margin:6px 0">
        <el-tag v-for="d in domains()" :key="d" size="small" type="info">{{ d }}</el-tag>
      </div>
      <div class="intro">{{ expert.intro }}</div>
    </div>
  </div>`,
}
