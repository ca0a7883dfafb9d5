// kernel k137_scatter
@group(0) @binding(0) var<storage, read_write> t630: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t627: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k137_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l38: f32 = in_tokens[j];
    if (i32(l38) == i / 64i) {
      let l627: f32 = t627[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      acc += l627;
    }
  }
  t630[i] = acc;
}
