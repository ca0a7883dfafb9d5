// kernel k160e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_keys1: array<f32>;
@group(0) @binding(1) var<storage, read> t403: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1419: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_keys1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1423: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1426: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1415: f32 = p_optim_m_blocks_1_ffn_keys1[i];
  let v1417: f32 = l1415 * 0.9f;
  let l403: f32 = t403[i];
  let l1112: f32 = t808[0i];
  let v1414: f32 = l403 * l1112;
  let v1418: f32 = v1414 * 0.1f;
  let v1419: f32 = v1417 + v1418;
  t1419[i] = v1419;
  let l1416: f32 = p_optim_v_blocks_1_ffn_keys1[i];
  let v1420: f32 = l1416 * 0.95f;
  let v1421: f32 = v1414 * v1414;
  let v1422: f32 = v1421 * 0.05f;
  let v1423: f32 = v1420 + v1422;
  t1423[i] = v1423;
  let v1424: f32 = sqrt(v1423);
  let l1129: f32 = t818[0i];
  let v1425: f32 = v1424 / l1129;
  let v1426: f32 = v1425 + 1e-8f;
  t1426[i] = v1426;
}
