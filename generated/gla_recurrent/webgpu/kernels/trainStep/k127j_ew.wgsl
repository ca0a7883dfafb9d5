// kernel k127j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1245: array<f32>;
@group(0) @binding(3) var<storage, read> t1252: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1256: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l29: f32 = p_layers_1_mlp_w2_w[i];
  let l1001: f32 = t701[0i];
  let v1253: f32 = l29 * l1001;
  let x1245: f32 = t1245[i];
  let x1252: f32 = t1252[i];
  let v1254: f32 = x1245 / x1252;
  let l1004: f32 = t675[0i];
  let v1255: f32 = v1254 * l1004;
  let v1256: f32 = v1253 - v1255;
  t1256[i] = v1256;
}
