// kernel k157e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t595: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t959: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t963: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t966: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l955: f32 = p_optim_m_blocks_0_attn_wk_w[i];
  let v957: f32 = l955 * 0.9f;
  let l595: f32 = t595[i];
  let l852: f32 = t808[0i];
  let v954: f32 = l595 * l852;
  let v958: f32 = v954 * 0.1f;
  let v959: f32 = v957 + v958;
  t959[i] = v959;
  let l956: f32 = p_optim_v_blocks_0_attn_wk_w[i];
  let v960: f32 = l956 * 0.95f;
  let v961: f32 = v954 * v954;
  let v962: f32 = v961 * 0.05f;
  let v963: f32 = v960 + v962;
  t963[i] = v963;
  let v964: f32 = sqrt(v963);
  let l868: f32 = t818[0i];
  let v965: f32 = v964 / l868;
  let v966: f32 = v965 + 1e-8f;
  t966[i] = v966;
}
