// kernel k153_scatter
@group(0) @binding(0) var<storage, read_write> t733: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t581: array<f32>;
@group(0) @binding(3) var<storage, read> t716: array<f32>;
@group(0) @binding(4) var<storage, read> t42: array<f32>;
@group(0) @binding(5) var<storage, read> t727: array<f32>;
@group(0) @binding(6) var<storage, read> t35: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l33: f32 = in_tokens[j];
    if (i32(l33) == i / 64i) {
      let l581: f32 = t581[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l716: f32 = t716[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l43: f32 = t42[j / 64i * 64i + j % 64i];
      let v720: f32 = l716 * l43;
      let v730: f32 = l581 + v720;
      let l728: f32 = t727[j / 64i * 64i + j % 64i];
      let l35: f32 = t35[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v729: f32 = l728 * l35;
      let v731: f32 = v730 + v729;
      let v732: f32 = v731 + v729;
      acc += v732;
    }
  }
  t733[i] = acc;
}
