// kernel k92_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t494: array<f32>;
@group(0) @binding(2) var<storage, read_write> t591: array<f32>;
@group(0) @binding(3) var<storage, read_write> t592: array<f32>;
@group(0) @binding(4) var<storage, read_write> t617: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l474: f32 = in_step[0i];
    let v493: bool = l474 < 20.0f;
    let v475: f32 = l474 + 1.0f;
    let v477: f32 = v475 * 0.00015f;
    let v479: f32 = l474 - 20.0f;
    let v481: f32 = v479 / 980.0f;
    let v483: f32 = max(v481, 0.0f);
    let v484: f32 = min(v483, 1.0f);
    let v486: f32 = v484 * 3.1415927f;
    let v487: f32 = cos(v486);
    let v488: f32 = v487 + 1.0f;
    let v490: f32 = v488 * 0.00135f;
    let v492: f32 = v490 + 0.0003f;
    let v494: f32 = select(v492, v477, v493);
    t494[0i] = v494;
    let v584: f32 = v475 * -0.105360515f;
    let v585: f32 = exp(v584);
    let v586: f32 = 1.0f - v585;
    let v591: f32 = v494 / v586;
    t591[0i] = v591;
    let v588: f32 = v475 * -0.051293295f;
    let v589: f32 = exp(v588);
    let v590: f32 = 1.0f - v589;
    let v592: f32 = sqrt(v590);
    t592[0i] = v592;
    let v616: f32 = v494 * 0.1f;
    let v617: f32 = 1.0f - v616;
    t617[0i] = v617;
  }
}
