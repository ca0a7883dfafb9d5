// kernel k67_ew
@group(0) @binding(0) var<storage, read> t235: array<f32>;
@group(0) @binding(1) var<storage, read_write> t387: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k67_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l384: f32 = t235[i];
  let g: f32 = f32(i / 8i);
  let l386: f32 = g * 32.0f;
  let v387: f32 = l384 + l386;
  t387[i] = v387;
}
