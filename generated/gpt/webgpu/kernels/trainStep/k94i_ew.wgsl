// kernel k94i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t274: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1234: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1238: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1241: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1230: f32 = p_optim_m_blocks_1_mlp_proj_w[i];
  let v1232: f32 = l1230 * 0.9f;
  let l274: f32 = t274[i];
  let l652: f32 = t640[0i];
  let v1229: f32 = l274 * l652;
  let v1233: f32 = v1229 * 0.1f;
  let v1234: f32 = v1232 + v1233;
  t1234[i] = v1234;
  let l1231: f32 = p_optim_v_blocks_1_mlp_proj_w[i];
  let v1235: f32 = l1231 * 0.95f;
  let v1236: f32 = v1229 * v1229;
  let v1237: f32 = v1236 * 0.05f;
  let v1238: f32 = v1235 + v1237;
  t1238[i] = v1238;
  let v1239: f32 = sqrt(v1238);
  let l669: f32 = t650[0i];
  let v1240: f32 = v1239 / l669;
  let v1241: f32 = v1240 + 1e-8f;
  t1241[i] = v1241;
}
