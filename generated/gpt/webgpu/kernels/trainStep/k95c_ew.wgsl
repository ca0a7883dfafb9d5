// kernel k95c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t441: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t758: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t762: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t765: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l754: f32 = p_optim_m_blocks_0_attn_wq_w[i];
  let v756: f32 = l754 * 0.9f;
  let l441: f32 = t441[i];
  let l684: f32 = t640[0i];
  let v753: f32 = l441 * l684;
  let v757: f32 = v753 * 0.1f;
  let v758: f32 = v756 + v757;
  t758[i] = v758;
  let l755: f32 = p_optim_v_blocks_0_attn_wq_w[i];
  let v759: f32 = l755 * 0.95f;
  let v760: f32 = v753 * v753;
  let v761: f32 = v760 * 0.05f;
  let v762: f32 = v759 + v761;
  t762[i] = v762;
  let v763: f32 = sqrt(v762);
  let l700: f32 = t650[0i];
  let v764: f32 = v763 / l700;
  let v765: f32 = v764 + 1e-8f;
  t765[i] = v765;
}
