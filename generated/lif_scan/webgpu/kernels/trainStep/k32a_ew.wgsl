// kernel k32a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_emb: array<f32>;
@group(0) @binding(1) var<storage, read> t117: array<f32>;
@group(0) @binding(2) var<storage, read> t169: array<f32>;
@group(0) @binding(3) var<storage, read_write> t189: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_emb: array<f32>;
@group(0) @binding(5) var<storage, read_write> t195: array<f32>;
@group(0) @binding(6) var<storage, read> t179: array<f32>;
@group(0) @binding(7) var<storage, read_write> t201: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l183: f32 = p_optim_m_emb[i];
  let v186: f32 = l183 * 0.9f;
  let l117: f32 = t117[i];
  let l181: f32 = t169[0i];
  let v182: f32 = l117 * l181;
  let v188: f32 = v182 * 0.1f;
  let v189: f32 = v186 + v188;
  t189[i] = v189;
  let l184: f32 = p_optim_v_emb[i];
  let v191: f32 = l184 * 0.95f;
  let v192: f32 = v182 * v182;
  let v194: f32 = v192 * 0.05f;
  let v195: f32 = v191 + v194;
  t195[i] = v195;
  let v196: f32 = sqrt(v195);
  let l198: f32 = t179[0i];
  let v199: f32 = v196 / l198;
  let v201: f32 = v199 + 1e-8f;
  t201[i] = v201;
}
