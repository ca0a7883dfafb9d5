// kernel k153_scatter
@group(0) @binding(0) var<storage, read_write> t683: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t543: array<f32>;
@group(0) @binding(3) var<storage, read> t666: array<f32>;
@group(0) @binding(4) var<storage, read> t42: array<f32>;
@group(0) @binding(5) var<storage, read> t677: array<f32>;
@group(0) @binding(6) var<storage, read> t35: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l33: f32 = in_tokens[j];
    if (i32(l33) == i / 64i) {
      let l543: f32 = t543[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l666: f32 = t666[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l43: f32 = t42[j / 64i * 64i + j % 64i];
      let v670: f32 = l666 * l43;
      let v680: f32 = l543 + v670;
      let l678: f32 = t677[j / 64i * 64i + j % 64i];
      let l35: f32 = t35[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v679: f32 = l678 * l35;
      let v681: f32 = v680 + v679;
      let v682: f32 = v681 + v679;
      acc += v682;
    }
  }
  t683[i] = acc;
}
