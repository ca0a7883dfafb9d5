// kernel k127c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t382: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t989: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t995: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1000: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l983: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v986: f32 = l983 * 0.9f;
  let l382: f32 = t382[i];
  let l981: f32 = t666[0i];
  let v982: f32 = l382 * l981;
  let v988: f32 = v982 * 0.1f;
  let v989: f32 = v986 + v988;
  t989[i] = v989;
  let l984: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v991: f32 = l984 * 0.95f;
  let v992: f32 = v982 * v982;
  let v994: f32 = v992 * 0.05f;
  let v995: f32 = v991 + v994;
  t995[i] = v995;
  let v996: f32 = sqrt(v995);
  let l997: f32 = t676[0i];
  let v998: f32 = v996 / l997;
  let v1000: f32 = v998 + 1e-8f;
  t1000[i] = v1000;
}
