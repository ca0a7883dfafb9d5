// kernel k17a_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t17: array<f32>;
@group(0) @binding(1) var<storage, read_write> t25: array<f32>;
@group(0) @binding(2) var<storage, read> t33: array<f32>;
@group(0) @binding(3) var<storage, read_write> t39: array<f32>;
@group(0) @binding(4) var<storage, read> t46: array<f32>;
@group(0) @binding(5) var<storage, read_write> t52: array<f32>;
@group(0) @binding(6) var<storage, read> t59: array<f32>;
@group(0) @binding(7) var<storage, read_write> t65: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = t17[i];
  let v22: f32 = l17 * 3.1415927f;
  let v23: f32 = v22 * v22;
  let v24: f32 = 1.0f + v23;
  let v25: f32 = 1.0f / v24;
  t25[i] = v25;
  let l33: f32 = t33[i];
  let v36: f32 = l33 * 3.1415927f;
  let v37: f32 = v36 * v36;
  let v38: f32 = 1.0f + v37;
  let v39: f32 = 1.0f / v38;
  t39[i] = v39;
  let l46: f32 = t46[i];
  let v49: f32 = l46 * 3.1415927f;
  let v50: f32 = v49 * v49;
  let v51: f32 = 1.0f + v50;
  let v52: f32 = 1.0f / v51;
  t52[i] = v52;
  let l59: f32 = t59[i];
  let v62: f32 = l59 * 3.1415927f;
  let v63: f32 = v62 * v62;
  let v64: f32 = 1.0f + v63;
  let v65: f32 = 1.0f / v64;
  t65[i] = v65;
}
