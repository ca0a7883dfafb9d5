// kernel k133_scatter
@group(0) @binding(0) var<storage, read_write> t658: array<f32>;
@group(0) @binding(1) var<storage, read> t185: array<f32>;
@group(0) @binding(2) var<storage, read> t656: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k133_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 4096i; j++) {
    let l185: f32 = t185[j];
    if (i32(l185) == i / 64i) {
      let l656: f32 = t656[j / 4i * 256i + j % 4i * 64i + i % 64i];
      acc += l656;
    }
  }
  t658[i] = acc;
}
