// kernel k127_ew
@group(0) @binding(0) var<storage, read> t632: array<f32>;
@group(0) @binding(1) var<storage, read> t177: array<f32>;
@group(0) @binding(2) var<storage, read_write> t635: array<f32>;
@group(0) @binding(3) var<storage, read> t178: array<f32>;
@group(0) @binding(4) var<storage, read> t176: array<f32>;
@group(0) @binding(5) var<storage, read> t175: array<f32>;
@group(0) @binding(6) var<storage, read_write> t643: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l632: f32 = t632[i];
  let l177: f32 = t177[i];
  let v635: f32 = l632 * l177;
  t635[i] = v635;
  let l178: f32 = t178[i];
  let v634: f32 = l632 * l178;
  let l176: f32 = t176[i];
  let v638: f32 = v634 * l176;
  let l175: f32 = t175[i];
  let v639: f32 = v634 * l175;
  let v640: f32 = 1.0f - l176;
  let v641: f32 = l176 * v640;
  let v642: f32 = v639 * v641;
  let v643: f32 = v638 + v642;
  t643[i] = v643;
}
