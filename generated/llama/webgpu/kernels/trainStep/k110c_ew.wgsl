// kernel k110c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t235: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t990: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1001: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l984: f32 = p_optim_m_head_w[i];
  let v987: f32 = l984 * 0.9f;
  let l235: f32 = t235[i];
  let l982: f32 = t582[0i];
  let v983: f32 = l235 * l982;
  let v989: f32 = v983 * 0.1f;
  let v990: f32 = v987 + v989;
  t990[i] = v990;
  let l985: f32 = p_optim_v_head_w[i];
  let v992: f32 = l985 * 0.95f;
  let v993: f32 = v983 * v983;
  let v995: f32 = v993 * 0.05f;
  let v996: f32 = v992 + v995;
  t996[i] = v996;
  let v997: f32 = sqrt(v996);
  let l998: f32 = t592[0i];
  let v999: f32 = v997 / l998;
  let v1001: f32 = v999 + 1e-8f;
  t1001[i] = v1001;
}
