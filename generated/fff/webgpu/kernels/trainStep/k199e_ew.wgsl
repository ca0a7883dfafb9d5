// kernel k199e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_w_in: array<f32>;
@group(0) @binding(1) var<storage, read> t822: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1507: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_w_in: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1511: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1514: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1503: f32 = p_optim_m_blocks_1_ffn_w_in[i];
  let v1505: f32 = l1503 * 0.9f;
  let l822: f32 = t822[i];
  let l1263: f32 = t986[0i];
  let v1502: f32 = l822 * l1263;
  let v1506: f32 = v1502 * 0.1f;
  let v1507: f32 = v1505 + v1506;
  t1507[i] = v1507;
  let l1504: f32 = p_optim_v_blocks_1_ffn_w_in[i];
  let v1508: f32 = l1504 * 0.95f;
  let v1509: f32 = v1502 * v1502;
  let v1510: f32 = v1509 * 0.05f;
  let v1511: f32 = v1508 + v1510;
  t1511[i] = v1511;
  let v1512: f32 = sqrt(v1511);
  let l1279: f32 = t996[0i];
  let v1513: f32 = v1512 / l1279;
  let v1514: f32 = v1513 + 1e-8f;
  t1514[i] = v1514;
}
