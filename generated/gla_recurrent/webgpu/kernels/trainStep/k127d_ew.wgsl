// kernel k127d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read> t1000: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1006: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_0_mlp_w2_w[i];
  let l1001: f32 = t701[0i];
  let v1002: f32 = l14 * l1001;
  let x989: f32 = t989[i];
  let x1000: f32 = t1000[i];
  let v1003: f32 = x989 / x1000;
  let l1004: f32 = t675[0i];
  let v1005: f32 = v1003 * l1004;
  let v1006: f32 = v1002 - v1005;
  t1006[i] = v1006;
}
