// kernel k93_scatter
@group(0) @binding(0) var<storage, read_write> t479: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t401: array<f32>;
@group(0) @binding(3) var<storage, read> t462: array<f32>;
@group(0) @binding(4) var<storage, read> t30: array<f32>;
@group(0) @binding(5) var<storage, read> t473: array<f32>;
@group(0) @binding(6) var<storage, read> t23: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l21: f32 = in_tokens[j];
    if (i32(l21) == i / 64i) {
      let l401: f32 = t401[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l462: f32 = t462[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l31: f32 = t30[j / 64i * 64i + j % 64i];
      let v466: f32 = l462 * l31;
      let v476: f32 = l401 + v466;
      let l474: f32 = t473[j / 64i * 64i + j % 64i];
      let l23: f32 = t23[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v475: f32 = l474 * l23;
      let v477: f32 = v476 + v475;
      let v478: f32 = v477 + v475;
      acc += v478;
    }
  }
  t479[i] = acc;
}
