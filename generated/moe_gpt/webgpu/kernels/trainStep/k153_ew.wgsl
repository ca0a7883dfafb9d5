// kernel k153_ew
@group(0) @binding(0) var<storage, read> t728: array<f32>;
@group(0) @binding(1) var<storage, read> t211: array<f32>;
@group(0) @binding(2) var<storage, read_write> t731: array<f32>;
@group(0) @binding(3) var<storage, read> t212: array<f32>;
@group(0) @binding(4) var<storage, read> t210: array<f32>;
@group(0) @binding(5) var<storage, read> t209: array<f32>;
@group(0) @binding(6) var<storage, read_write> t739: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l728: f32 = t728[i];
  let l211: f32 = t211[i];
  let v731: f32 = l728 * l211;
  t731[i] = v731;
  let l212: f32 = t212[i];
  let v730: f32 = l728 * l212;
  let l210: f32 = t210[i];
  let v734: f32 = v730 * l210;
  let l209: f32 = t209[i];
  let v735: f32 = v730 * l209;
  let v736: f32 = 1.0f - l210;
  let v737: f32 = l210 * v736;
  let v738: f32 = v735 * v737;
  let v739: f32 = v734 + v738;
  t739[i] = v739;
}
