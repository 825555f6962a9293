// Reviewer queues (认证审核, 商品初审/专家评审/终审): 待我审批 of one type.
import { computed } from 'vue'
import { route } from '../router.js'
import { session } from '../store.js'
import ApplicationList from '../components/ApplicationList.js'

export default {
  name: 'ReviewQueuePage',
  components: { ApplicationList },
  setup() {
    const type = computed(() => route.query.type || '')
    const title = computed(() => {
      if (type.value === 'certification') return '企业认证审核'
      const r = session.user?.role
      return r === 'operator' ? '商品发布初审' : r === 'department' ? '商品发布终审' : session.user?.is_expert ? '商品专家评审' : '审核'
    })
    return { type, title }
  },
  template: `
  <div class="panel" data-test="review-queue">
    <div class="panel-title"><h3>{{ title }}</h3></div>
    <application-list box="review" :type="type" :key="type" />
  </div>`,
}
