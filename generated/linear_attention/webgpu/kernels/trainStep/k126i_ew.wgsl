// kernel k126i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t321: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1202: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1206: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1209: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1198: f32 = p_optim_m_blocks_1_mlp_proj_w[i];
  let v1200: f32 = l1198 * 0.9f;
  let l321: f32 = t321[i];
  let l748: f32 = t736[0i];
  let v1197: f32 = l321 * l748;
  let v1201: f32 = v1197 * 0.1f;
  let v1202: f32 = v1200 + v1201;
  t1202[i] = v1202;
  let l1199: f32 = p_optim_v_blocks_1_mlp_proj_w[i];
  let v1203: f32 = l1199 * 0.95f;
  let v1204: f32 = v1197 * v1197;
  let v1205: f32 = v1204 * 0.05f;
  let v1206: f32 = v1203 + v1205;
  t1206[i] = v1206;
  let v1207: f32 = sqrt(v1206);
  let l765: f32 = t746[0i];
  let v1208: f32 = v1207 / l765;
  let v1209: f32 = v1208 + 1e-8f;
  t1209[i] = v1209;
}
