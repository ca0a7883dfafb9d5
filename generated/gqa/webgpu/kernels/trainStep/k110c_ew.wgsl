// kernel k110c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t230: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t991: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t997: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1002: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l985: f32 = p_optim_m_head_w[i];
  let v988: f32 = l985 * 0.9f;
  let l230: f32 = t230[i];
  let l983: f32 = t574[0i];
  let v984: f32 = l230 * l983;
  let v990: f32 = v984 * 0.1f;
  let v991: f32 = v988 + v990;
  t991[i] = v991;
  let l986: f32 = p_optim_v_head_w[i];
  let v993: f32 = l986 * 0.95f;
  let v994: f32 = v984 * v984;
  let v996: f32 = v994 * 0.05f;
  let v997: f32 = v993 + v996;
  t997[i] = v997;
  let v998: f32 = sqrt(v997);
  let l999: f32 = t584[0i];
  let v1000: f32 = v998 / l999;
  let v1002: f32 = v1000 + 1e-8f;
  t1002[i] = v1002;
}
