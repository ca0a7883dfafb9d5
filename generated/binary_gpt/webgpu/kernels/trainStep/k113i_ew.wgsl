// kernel k113i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t441: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t950: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t954: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t957: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l946: f32 = p_optim_m_blocks_0_attn_wo_w[i];
  let v948: f32 = l946 * 0.9f;
  let l441: f32 = t441[i];
  let l745: f32 = t701[0i];
  let v945: f32 = l441 * l745;
  let v949: f32 = v945 * 0.1f;
  let v950: f32 = v948 + v949;
  t950[i] = v950;
  let l947: f32 = p_optim_v_blocks_0_attn_wo_w[i];
  let v951: f32 = l947 * 0.95f;
  let v952: f32 = v945 * v945;
  let v953: f32 = v952 * 0.05f;
  let v954: f32 = v951 + v953;
  t954[i] = v954;
  let v955: f32 = sqrt(v954);
  let l761: f32 = t711[0i];
  let v956: f32 = v955 / l761;
  let v957: f32 = v956 + 1e-8f;
  t957[i] = v957;
}
