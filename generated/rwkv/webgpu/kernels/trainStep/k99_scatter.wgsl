// kernel k99_scatter
@group(0) @binding(0) var<storage, read_write> t699: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t693: array<f32>;
@group(0) @binding(3) var<storage, read> t696: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k99_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l42: f32 = in_tokens[j];
    if (i32(l42) == i / 64i) {
      let l693: f32 = t693[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l697: f32 = t696[j / 64i * 64i + j % 64i];
      let v698: f32 = l693 + l697;
      acc += v698;
    }
  }
  t699[i] = acc;
}
