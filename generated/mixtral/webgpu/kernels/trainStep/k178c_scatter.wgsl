// kernel k178c_scatter
@group(0) @binding(0) var<storage, read_write> t859: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t858: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178c_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l23: f32 = in_tokens[j];
    if (i32(l23) == i / 64i) {
      let x858: f32 = t858[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      acc += x858;
    }
  }
  t859[i] = acc;
}
